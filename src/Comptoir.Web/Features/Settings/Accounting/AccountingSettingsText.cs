using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Settings.Accounting;

/// <summary>Texts of « Paramètres › Comptabilité » (IStringLocalizer&lt;AccountingSettingsText&gt;); the .en.resx translates.</summary>
public sealed class AccountingSettingsText
{
    private static readonly ResourceManager Resources = new(typeof(AccountingSettingsText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;
}
