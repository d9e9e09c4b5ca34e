using TechTransfer.BuildingBlocks.Domain;
using TechTransfer.Disclosures.Api.Technologies;
using TechTransfer.Disclosures.Api.Technologies.Patents;
using TechTransfer.Testing.Rules;

namespace TechTransfer.Disclosures.UnitTests;

/// <summary>
/// Business dates staff record (a form received, a filing, a grant…) may be today but not later, on every day of
/// 2024–2028, today being the UTC day of the service's clock.
/// </summary>
public sealed class BusinessDateCalendarTests
{
    [Fact]
    public void A_business_date_may_be_today_up_to_its_last_moment_and_not_tomorrow()
    {
        Days.Each(today =>
        {
            Rules.NotInTheFuture("r", "date", today, Days.StartOf(today));
            Rules.NotInTheFuture("r", "date", today, Days.EndOf(today));
            Should.Throw<DomainRuleViolationException>(() => Rules.NotInTheFuture("r", "date", today.AddDays(1), Days.EndOf(today))).Rule.ShouldBe("r");
            // 00:30 on the next day at UTC+02:00 is still today in UTC: tomorrow's date is refused.
            Should.Throw<DomainRuleViolationException>(() => Rules.NotInTheFuture("r", "date", today.AddDays(1),
                new DateTimeOffset(today.AddDays(1).ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(2)))).Rule.ShouldBe("r");
        });
    }

    [Fact]
    public void A_patent_filed_today_is_recorded_and_one_filed_tomorrow_is_refused()
    {
        var technology = Given.Technology();
        Days.Each(today =>
        {
            FilePatentApplicationDecision.Decide(technology, new FilePatentApplication("EP", "EP-1", today), "s", Days.EndOf(today), Guid.NewGuid())
                .OfType<PatentApplicationFiled>().ShouldHaveSingleItem().FiledOn.ShouldBe(today);
            Should.Throw<DomainRuleViolationException>(() => FilePatentApplicationDecision.Decide(technology, new FilePatentApplication("EP", "EP-2", today.AddDays(1)), "s",
                Days.EndOf(today), Guid.NewGuid())).Rule.ShouldBe("filing-date-is-not-in-the-future");
        });
    }
}
