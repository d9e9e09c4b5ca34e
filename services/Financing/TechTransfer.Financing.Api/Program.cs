using TechTransfer.BuildingBlocks.Hosting;
using TechTransfer.Financing.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Financing");
builder.AddFinancing();

var app = builder.Build();
app.UseServiceDefaults();
app.MapFinancingEndpoints();
app.Run();
