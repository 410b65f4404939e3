namespace Comptoir.Web.Features.Settings.Duplicates;

/// <summary>Texts of « Paramètres › Doublons »; DuplicatesSettingsText.en.resx translates.</summary>
public sealed class DuplicatesSettingsText : FeatureText<DuplicatesSettingsText>;
