namespace Comptoir.Web.Features.Settings.Accounting;

/// <summary>Texts of « Paramètres › Comptabilité » (IStringLocalizer&lt;AccountingSettingsText&gt;); the .en.resx translates.</summary>
public sealed class AccountingSettingsText : FeatureText<AccountingSettingsText>;
