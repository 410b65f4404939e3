namespace Comptoir.Web.Features.Shared.Records;

/// <summary>Marker for the list pages' shared texts (the pager): IStringLocalizer&lt;ListText&gt;, French sentence as key, ListText.en.resx translates.</summary>
public sealed class ListText;
