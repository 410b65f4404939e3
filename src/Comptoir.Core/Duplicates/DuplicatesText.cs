namespace Comptoir.Core.Duplicates;

/// <summary>Texts of the duplicate rules (their checks' messages); DuplicatesText.en.resx translates.</summary>
public sealed class DuplicatesText : FeatureText<DuplicatesText>;
