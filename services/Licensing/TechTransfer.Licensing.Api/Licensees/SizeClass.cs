using TechTransfer.Contracts.Licensing;

namespace TechTransfer.Licensing.Api.Licensees;

/// <summary>
/// A licensee's size. The "SME" is one of the EU's three SME classes (Recommendation 2003/361: micro,
/// small, medium, together under 250 staff); "mid-sized" is a firm above the SME ceiling but not large (250–4,999
/// staff, the French ETI); "large" is the rest. Asked precisely, because Disclosures counts an SME product only for
/// a micro, small or medium licensee.
/// </summary>
public enum SizeClass { Micro, Small, Medium, MidSized, Large }

public static class SizeClasses
{
    /// <summary>
    /// The class on the wire (<see cref="CompanySizeClass"/>): micro, small and medium as they are; a mid-sized firm
    /// is not an SME under the EU definition, so it travels as <c>large</c>.
    /// </summary>
    public static string WireName(this SizeClass size) => size switch
    {
        SizeClass.Micro => CompanySizeClass.Micro,
        SizeClass.Small => CompanySizeClass.Small,
        SizeClass.Medium => CompanySizeClass.Medium,
        _ => CompanySizeClass.Large,
    };

    public static bool IsSme(this SizeClass size) => size is SizeClass.Micro or SizeClass.Small or SizeClass.Medium;
}
