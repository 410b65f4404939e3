namespace Comptoir.Web.Features.Shared.Records;

/// <summary>Texts of the list pages' shared texts (the pager): IStringLocalizer&lt;ListText&gt;, French sentence as key, ListText.en.resx translates.</summary>
public sealed class ListText : FeatureText<ListText>;
