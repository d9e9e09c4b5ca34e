namespace TechTransfer.Licensing.Api.Licences;

public enum LicenceKind { Exclusive, NonExclusive, Option }

public static class LicenceNames
{
    public static string WireName(this LicenceKind kind) => kind switch
    {
        LicenceKind.Exclusive => "exclusive",
        LicenceKind.NonExclusive => "non-exclusive",
        _ => "option",
    };
}
