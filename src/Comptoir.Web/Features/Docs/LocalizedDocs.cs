using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.Docs;

/// <summary>
/// An endpoint's summary, description, tag and parameter texts for the OpenAPI document, given as
/// functions: the framework's <c>WithSummary("…")</c> fixes a text at start-up, these are called each
/// time the document is built, under the culture of the request that asks for it (French by default).
/// </summary>
public static class LocalizedDocs
{
    public static TBuilder WithSummary<TBuilder>(this TBuilder builder, Func<string> summary) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Summary = summary();
            return Task.CompletedTask;
        });

    public static TBuilder WithDescription<TBuilder>(this TBuilder builder, Func<string> description) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Description = description();
            return Task.CompletedTask;
        });

    /// <summary>The one tag (the reference page's section) of every endpoint of <paramref name="builder"/>.</summary>
    public static TBuilder WithTags<TBuilder>(this TBuilder builder, Func<string> tag) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var name = tag();
            operation.Tags = new HashSet<OpenApiTagReference> { new(name, context.Document) };
            // OpenApiSetup lists the document's tags from its operations once they are all built.
            return Task.CompletedTask;
        });

    public static TBuilder WithParameterDescription<TBuilder>(this TBuilder builder, string parameter, Func<string> description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.FirstOrDefault(p => p.Name == parameter) is OpenApiParameter found)
                found.Description = description();
            return Task.CompletedTask;
        });
}
