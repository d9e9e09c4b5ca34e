using Microsoft.AspNetCore.Http;
using TechTransfer.BuildingBlocks.Http;

namespace TechTransfer.UnitTests.BuildingBlocks;

public sealed class VersioningTests
{
    [Theory]
    [InlineData("\"3\"", 3L)]
    [InlineData("W/\"12\"", 12L)]
    [InlineData("*", null)]
    [InlineData("", null)]
    public void If_match_names_the_expected_version(string header, long? expected)
    {
        var context = new DefaultHttpContext();
        if (header.Length > 0) context.Request.Headers.IfMatch = header;
        context.Request.ExpectedVersion().ShouldBe(expected);
    }

    [Fact]
    public void An_if_match_that_is_not_our_etag_is_a_bad_request_naming_the_header()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfMatch = "\"abc\"";
        Should.Throw<InvalidRequestException>(() => context.Request.ExpectedVersion()).Field.ShouldBe("If-Match");
    }

    [Fact]
    public void The_etag_is_the_quoted_version() => Versioning.ToETag(7).ShouldBe("\"7\"");
}
