using Comptoir.Core.Localization;

namespace Comptoir.Data.Modules;

/// <summary>What a module's registration adds to its definition, record type and store.</summary>
public sealed record ModuleOptions
{
    /// <summary>
    /// The entity's mapping, for a module whose record Data's own configurations (Data/Configurations) do not
    /// know: a module from outside Comptoir.Data, such as the tests' one. Its table is its own business (no
    /// migration of Comptoir creates it).
    /// </summary>
    public Action<ModelBuilder>? Model { get; init; }

    /// <summary>The choices its delete offers (accounts: « Supprimer aussi les contacts »).</summary>
    public IReadOnlyList<DeleteWith> DeleteWith { get; init; } = [];
}

/// <summary>
/// A choice a module's delete offers: the records of <see cref="Module"/> whose reference <see cref="Field"/>
/// points at the deleted record, and which the user may see, go to the recycle bin with it when asked
/// (« delete »); otherwise (« keep », the default) they stay and lose the link, as every reference does.
/// Either way a restore puts them back as they were.
/// </summary>
/// <param name="Parameter">The choice's key, and the API's query parameter: DELETE /api/v1/accounts/1?contacts=keep|delete.</param>
public sealed record DeleteWith(string Parameter, string Module, string Field)
{
    public const string Keep = "keep", Delete = "delete";

    /// <summary>The API's field error for a value other than keep or delete.</summary>
    public required LocalizedText InvalidValue { get; init; }

    /// <summary>The query parameter's description in the OpenAPI document, in the reader's language.</summary>
    public required LocalizedText ApiDescription { get; init; }
}

/// <summary>The <see cref="DeleteWith"/> choices a user made: the parameters whose records go to the bin too.</summary>
public sealed record DeleteChoices(IReadOnlySet<string> With)
{
    public static readonly DeleteChoices None = new(new HashSet<string>(StringComparer.Ordinal));

    public static DeleteChoices Of(params string[] parameters) => new(new HashSet<string>(parameters, StringComparer.Ordinal));

    public bool Has(string parameter) => With.Contains(parameter);
}
