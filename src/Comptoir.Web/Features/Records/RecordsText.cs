namespace Comptoir.Web.Features.Records;

/// <summary>Texts of the generic record pages' and pickers' texts: IStringLocalizer&lt;RecordsText&gt;, French sentence as key, RecordsText.en.resx translates.</summary>
public sealed class RecordsText : FeatureText<RecordsText>;
