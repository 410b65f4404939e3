namespace Comptoir.Core.Localization;

/// <summary>Messages of the domain shared by every module (validation errors…); Texts.en.resx translates.</summary>
public sealed class Texts : FeatureText<Texts>;
