using Comptoir.Core.Localization;

namespace Comptoir.Data.Merge;

/// <summary>Messages of a merge's refusals; MergeText.en.resx translates.</summary>
public sealed class MergeText : FeatureText<MergeText>;
