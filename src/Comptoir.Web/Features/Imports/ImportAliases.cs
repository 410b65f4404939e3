namespace Comptoir.Web.Features.Imports;

/// <summary>
/// Column names other CRMs' exports give a module's fields (KAFINEA/vtiger, in French and English), so that the
/// mapping step proposes them: registered by the module's own folder, <c>services.AddKeyedSingleton(module, new ImportAliases(…))</c>.
/// </summary>
public sealed class ImportAliases(IReadOnlyDictionary<string, string[]> byField)
{
    /// <summary>Field key → the column names that mean it.</summary>
    public IReadOnlyDictionary<string, string[]> ByField { get; } = byField;
}
