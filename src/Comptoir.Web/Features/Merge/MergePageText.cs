namespace Comptoir.Web.Features.Merge;

/// <summary>Texts of the merge page and API; MergePageText.en.resx translates.</summary>
public sealed class MergePageText : FeatureText<MergePageText>;
