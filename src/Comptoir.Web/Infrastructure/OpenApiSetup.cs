using Microsoft.AspNetCore.OpenApi;

namespace Comptoir.Web.Infrastructure;

public static class OpenApiSetup
{
    public static void Configure(OpenApiOptions options)
    {
        // Filled in by the API feature: document transformers that publish the registry's fields.
    }
}
