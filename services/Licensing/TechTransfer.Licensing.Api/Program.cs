using TechTransfer.BuildingBlocks.Hosting;
using TechTransfer.Licensing.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Licensing");
builder.AddLicensing();

var app = builder.Build();
app.UseServiceDefaults();
app.MapLicensingEndpoints();
app.Run();
