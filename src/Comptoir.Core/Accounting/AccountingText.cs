namespace Comptoir.Core.Accounting;

/// <summary>Texts of the accounting domain (ledger code rule, codes); AccountingText.en.resx translates.</summary>
public sealed class AccountingText : FeatureText<AccountingText>;
