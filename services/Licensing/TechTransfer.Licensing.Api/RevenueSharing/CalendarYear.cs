using TechTransfer.BuildingBlocks.Http;

namespace TechTransfer.Licensing.Api.RevenueSharing;

public static class CalendarYear
{
    public static void Check(int year)
    {
        if (year is < 1950 or > 2200) throw new InvalidRequestException("year", "year must be a calendar year, e.g. 2026.");
    }
}
