using System.Globalization;

namespace TechTransfer.SampleData;

/// <summary>The day the portfolio is loaded for: <c>--today yyyy-MM-dd</c>, or the machine's today.</summary>
public static class LoadDay
{
    public static bool TryParse(string[] args, DateOnly fallback, out DateOnly today, out string? error)
    {
        (today, error) = (fallback, null);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--today")
            {
                error = $"Unknown argument '{args[i]}'. Usage: sample-data.sh [--today yyyy-MM-dd]";
                return false;
            }
            if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                error = "--today takes a day as yyyy-MM-dd, e.g. --today 2028-02-29.";
                return false;
            }
        }
        return true;
    }
}
