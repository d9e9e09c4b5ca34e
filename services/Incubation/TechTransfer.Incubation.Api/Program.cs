using TechTransfer.BuildingBlocks.Hosting;
using TechTransfer.Incubation.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Incubation");
builder.AddIncubation();

var app = builder.Build();
app.UseServiceDefaults();
app.MapIncubationEndpoints();
app.Run();
