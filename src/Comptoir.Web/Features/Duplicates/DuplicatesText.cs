namespace Comptoir.Web.Features.Duplicates;

/// <summary>Texts of the duplicates' pages, panel and API answers; DuplicatesText.en.resx translates.</summary>
public sealed class DuplicatesText : FeatureText<DuplicatesText>;
