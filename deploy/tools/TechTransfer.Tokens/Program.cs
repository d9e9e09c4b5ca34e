using TechTransfer.BuildingBlocks.Security;

// deploy/token.sh ROLE [--name NAME] [--org ORGANISATION-ID] [--hours N]
// Signs with the key in TT_JWT_SIGNING_KEY, the one deploy/up.sh gives the services.
const string usage = "usage: token ROLE [--name NAME] [--org ORGANISATION-ID] [--hours N]\nroles: ";

if (args.Length == 0 || !Roles.All.Contains(args[0]))
{
    Console.Error.WriteLine(usage + string.Join(", ", Roles.All));
    return 2;
}

var key = Environment.GetEnvironmentVariable("TT_JWT_SIGNING_KEY");
if (string.IsNullOrWhiteSpace(key))
{
    Console.Error.WriteLine("TT_JWT_SIGNING_KEY is not set (deploy/token.sh reads it from .local/jwt-signing-key).");
    return 2;
}

var options = args.Skip(1).Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
Guid? organisation = options.TryGetValue("--org", out var org) ? Guid.Parse(org) : null;
if (args[0] is Roles.Partner or Roles.IncubatorManager && organisation is null)
{
    Console.Error.WriteLine($"A {args[0]} acts for one organisation: give --org ORGANISATION-ID.");
    return 2;
}

var hours = options.TryGetValue("--hours", out var h) ? double.Parse(h, System.Globalization.CultureInfo.InvariantCulture) : 8;
var name = options.GetValueOrDefault("--name") ?? $"local-{args[0]}";
Console.WriteLine(Tokens.Mint(new JwtOptions { SigningKey = key }, args[0], name, organisation, TimeSpan.FromHours(hours)));
return 0;
