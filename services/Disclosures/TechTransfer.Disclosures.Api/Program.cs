using TechTransfer.BuildingBlocks.Hosting;
using TechTransfer.Disclosures.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Disclosures");
builder.AddDisclosures();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDisclosuresEndpoints();
app.Run();
