using TechTransfer.BuildingBlocks.Messaging;

namespace TechTransfer.UnitTests.BuildingBlocks;

public sealed class RabbitMqAddressTests
{
    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:55672/", "127.0.0.1", 55672, "/", "guest", "guest")]
    [InlineData("amqp://app:s%40cret@rabbit/techtransfer", "rabbit", 5672, "techtransfer", "app", "s@cret")]
    [InlineData("amqp://broker:5673", "broker", 5673, "/", "guest", "guest")]
    public void Parses_host_port_vhost_and_credentials(string uri, string host, int port, string vhost, string user, string password) =>
        RabbitMqAddress.Parse(uri).ShouldBe(new RabbitMqAddress(host, (ushort)port, vhost, user, password));

    [Theory]
    [InlineData("localhost:5672")]
    [InlineData("http://localhost:15672/")]
    public void Refuses_what_is_not_an_amqp_uri(string value) =>
        Should.Throw<InvalidOperationException>(() => RabbitMqAddress.Parse(value)).Message.ShouldContain("amqp://");
}
