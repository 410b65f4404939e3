namespace Comptoir.Web.Features.Settings;

/// <summary>Texts of the settings feature (pages inject IStringLocalizer&lt;SettingsText&gt;); SettingsText.en.resx translates.</summary>
public sealed class SettingsText : FeatureText<SettingsText>;
