namespace Comptoir.Data.Search;

/// <summary>
/// One term a record is found by (a word of its name, its number, SIRET, email, @domain, phone in E.164…), as
/// its module's searched fields give them (<see cref="ModuleDefinition.SearchFields"/>). A query word is a range
/// on (Module, Term): the same b-tree prefix seek on SQLite and PostgreSQL (docs/search.md says why this one).
/// </summary>
public sealed class SearchTerm
{
    public string Module { get; set; } = "";
    public string Term { get; set; } = "";
    public long RecordId { get; set; }
}
