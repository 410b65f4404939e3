namespace Comptoir.Core.Duplicates;

/// <summary>Texts of the duplicate rules (their checks' messages); DuplicateRuleText.en.resx translates.</summary>
public sealed class DuplicateRuleText : FeatureText<DuplicateRuleText>;
