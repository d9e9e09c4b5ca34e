using TechTransfer.BuildingBlocks.Security;
using TechTransfer.SampleData;

// deploy/sample-data.sh: loads the sample portfolio into the services deploy/up.sh started, through their
// public API. Safe to run again: what is there already is found and left alone.
//   TT_JWT_SIGNING_KEY   the key the services trust (deploy/up.sh keeps it in .local/jwt-signing-key)
//   TT_DISCLOSURES_URL … TT_FINANCING_URL   the services (default: http://127.0.0.1:5101 … 5104)
//   --today yyyy-MM-dd   the day to load for (default: today); the services' clock must say the same day (Clock:Today)
var key = Environment.GetEnvironmentVariable("TT_JWT_SIGNING_KEY");
if (string.IsNullOrWhiteSpace(key))
{
    Console.Error.WriteLine("TT_JWT_SIGNING_KEY is not set (deploy/sample-data.sh reads it from .local/jwt-signing-key).");
    return 2;
}
if (!LoadDay.TryParse(args, DateOnly.FromDateTime(DateTime.UtcNow), out var today, out var error))
{
    Console.Error.WriteLine(error);
    return 2;
}
Uri Address(string name, int port) => new(Environment.GetEnvironmentVariable($"TT_{name}_URL") ?? $"http://127.0.0.1:{port}");
var addresses = new Addresses(Address("DISCLOSURES", 5101), Address("LICENSING", 5102), Address("INCUBATION", 5103), Address("FINANCING", 5104));
var jwt = new JwtOptions { SigningKey = key };

using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
var loader = new PortfolioLoader((role, name, organisation) => Clients.For(addresses, jwt, role, name, organisation, today), Console.Out);
try
{
    Console.WriteLine(await loader.LoadAsync(today, cancel.Token));
    return 0;
}
catch (Refit.ApiException e)
{
    // The ProblemDetails says which rule or field: worth more than the stack trace.
    Console.Error.WriteLine($"sample data: {e.HttpMethod} {e.Uri} was refused: {(int)e.StatusCode} {e.Content}");
    return 1;
}
