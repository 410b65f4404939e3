using Comptoir.Data;
using Comptoir.Data.Demo;
using Comptoir.Data.Setup;
using Comptoir.Web.Features.Api;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Tests host this assembly from elsewhere; MapStaticAssets finds its manifest by this name.
    ApplicationName = typeof(Program).Assembly.GetName().Name,
});

// Serve wwwroot and the vendored libraries from a plain build in any environment, not only Development.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddComptoirData(ComptoirOptions.Database(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddComptoirWeb(builder.Configuration);

var app = builder.Build();

app.UseComptoirPipeline();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapComptoirApi();

await DatabaseSetup.InitialiseAsync(app.Services,
    app.Configuration["Comptoir:AdminPassword"] ?? Environment.GetEnvironmentVariable("COMPTOIR_ADMIN_PASSWORD"));
if (args.Contains("--seed-demo") || app.Configuration["COMPTOIR_SEED_DEMO"] == "1")
    await DemoData.SeedAsync(app.Services, app.Configuration["COMPTOIR_DEMO_PASSWORD"]);

await app.RunAsync();

/// <summary>Entry point, public so that WebApplicationFactory&lt;Program&gt; can host it in tests.</summary>
public partial class Program;
