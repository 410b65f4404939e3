namespace Comptoir.Web.Features.Search;

/// <summary>Texts of the global search (top bar, /search, its API): French sentence as key, SearchText.en.resx translates.</summary>
public sealed class SearchText : FeatureText<SearchText>;
