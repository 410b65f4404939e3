namespace Comptoir.Web.Features.Shared.History;

/// <summary>Marker for the history and hierarchy texts: IStringLocalizer&lt;HistoryText&gt;, French sentence as key, HistoryText.en.resx translates.</summary>
public sealed class HistoryText;
