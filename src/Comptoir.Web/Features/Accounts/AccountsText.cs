namespace Comptoir.Web.Features.Accounts;

/// <summary>Texts of the account pages' texts: IStringLocalizer&lt;AccountsText&gt;, French sentence as key, AccountsText.en.resx translates.</summary>
public sealed class AccountsText : FeatureText<AccountsText>;
