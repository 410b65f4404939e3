using Comptoir.Core.Localization;
using Comptoir.Data.Accounting;
using Comptoir.Data.History;

namespace Comptoir.Data.Accounts;

public sealed class AccountStore(RecordStoreServices services, LedgerCodeHints ledgerHints)
    : RecordStore<Account>(services, AccountsModule.Name)
{
    protected override void CheckRelations(long id, RecordValidation validation)
    {
        if (validation.Values.TryGetValue("parentAccount", out var parent) && parent is long p && p == id)
            validation.AddError("parentAccount", Texts.T("Un compte ne peut pas être son propre parent."));
    }

    /// <summary>Ancestors walked at most when looking for a cycle; deeper trees are refused rather than walked forever.</summary>
    public const int MaxDepth = 50;

    private static readonly LocalizedText CycleError = new(
        "Ce compte est déjà un ancêtre du compte parent choisi : la hiérarchie tournerait en rond.",
        "This account is already an ancestor of the chosen parent account: the hierarchy would loop.");

    /// <summary>
    /// A parent is refused when this account is among its ancestors: the tree would loop (A → B → C → A).
    /// Deleted accounts count too, so a restore cannot close a loop.
    /// </summary>
    protected override async Task ValidateRecordAsync(Account record, bool isNew, RecordValidation validation, CancellationToken ct)
    {
        if (isNew || record.ParentAccountId is not long parent || parent == record.Id) return;
        var seen = new HashSet<long>();
        for (long? current = parent; current is long at; )
        {
            if (at == record.Id)
            {
                validation.AddError("parentAccount", CycleError.ToString());
                return;
            }
            if (!seen.Add(at) || seen.Count > MaxDepth) return;
            current = await Db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == at).Select(a => a.ParentAccountId).FirstOrDefaultAsync(ct);
        }
    }

    /// <summary>The ledger code rule, read before the write gate for a save that will generate a ledger account.</summary>
    private sealed record LedgerRule(LedgerCodeRule Rule) : PreparedSave;

    // Through the settings store, so a mass action reads the rule once per batch.
    private Task<LedgerCodeRule> LedgerRuleAsync(CancellationToken ct) =>
        Settings.ReadAsync("rule:ledger", c => LedgerCodeSettings.GetAsync(Db, c), ct);

    protected override async Task<PreparedSave?> PrepareSavingAsync(Account record, bool isNew, CancellationToken ct) =>
        record.LedgerAccountId is null ? new LedgerRule(await LedgerRuleAsync(ct)) : null;

    /// <summary>
    /// « Comptabilité » left empty: generate the customer's ledger account, on create and on every edit that
    /// finds it empty; set, its label follows a rename (<see cref="FollowRenameAsync"/>). Runs in the save's
    /// transaction, so the claimed code and the ledger account are kept only if the account is saved.
    /// </summary>
    protected override async Task OnSavingAsync(Account record, bool isNew, PreparedSave? prepared, UserContext user, CancellationToken ct)
    {
        if (record.LedgerAccountId is not null)
        {
            if (!isNew) await FollowRenameAsync(record, user, ct);
            return;
        }
        var rule = prepared is LedgerRule ledgerRule ? ledgerRule.Rule : await LedgerRuleAsync(ct);
        var code = await LedgerCodeClaims.ClaimGeneratedAsync(Db, ledgerHints, rule, record.Name, record.Number, ct);
        var label = GeneratedLabel(record.Name);
        var ledger = new LedgerAccount
        {
            Code = code,
            Label = label,
            LabelKey = SearchKey.Fold(label),
            CollectiveAccount = LedgerAccountsModule.DefaultCollectiveAccount,
            Kind = "customer",
            Active = true,
            Version = 1,
            CreatedAt = record.UpdatedAt,
            UpdatedAt = record.UpdatedAt,
            CreatedById = user.UserId,
            UpdatedById = user.UserId,
        };
        Db.LedgerAccounts.Add(ledger);
        if (isNew)
        {
            // One SaveChanges writes both: EF inserts the ledger account first and gives the account its id.
            Db.Entry(record).Property(a => a.LedgerAccountId).CurrentValue = Db.Entry(ledger).Property(l => l.Id).CurrentValue;
            return;
        }
        // An edit compares the fields before and after this hook for its history line: it needs the id now.
        await Db.SaveChangesAsync(ct);
        record.LedgerAccountId = ledger.Id;
    }

    /// <summary>
    /// A rename carries over to the ledger account's label while that label is still what generation gave the
    /// previous name; a label an accountant changed by hand stays theirs. Written by the account's SaveChanges, in
    /// its transaction, with its own line in the ledger account's history.
    /// </summary>
    private async Task FollowRenameAsync(Account record, UserContext user, CancellationToken ct)
    {
        var entry = Db.Entry(record);
        var ledgerId = record.LedgerAccountId;
        // A save that also chooses another ledger account leaves both labels alone.
        if (entry.Property(a => a.LedgerAccountId).OriginalValue != ledgerId) return;
        var was = GeneratedLabel(entry.Property(a => a.Name).OriginalValue);
        var now = GeneratedLabel(record.Name);
        if (string.Equals(was, now, StringComparison.Ordinal)) return;
        var ledger = await Db.LedgerAccounts.FirstOrDefaultAsync(l => l.Id == ledgerId && l.Label == was, ct);
        if (ledger is null) return;

        var module = Registry.Get(LedgerAccountsModule.Name);
        var before = RecordHistory.Snapshot(module, ledger);
        ledger.Label = now;
        module.BeforeSave?.Invoke(ledger);
        ledger.Version++;
        ledger.UpdatedAt = record.UpdatedAt;
        ledger.UpdatedById = user.UserId;
        RecordHistory.Add(Db, module.Name, ledger.Id, user, RecordHistory.Updated, RecordHistory.Diff(before, RecordHistory.Snapshot(module, ledger)));
    }

    /// <summary>A generated ledger account's label: the account's name, cut to the label's length.</summary>
    private static string GeneratedLabel(string name) => name.Length <= LabelMax ? name : name[..LabelMax];

    private const int LabelMax = 100;

    private const string LedgerField = "ledgerAccount";

    /// <summary>
    /// A creation line names the ledger account the user chose (a generated one goes without saying): it may be
    /// another customer's, which the form asked to confirm (see <see cref="LedgerSharingAsync"/>).
    /// </summary>
    protected override IReadOnlyList<FieldChange> CreationChanges(Account record) =>
        record.LedgerAccountId is long id && Module.FindField(LedgerField) is { } field
            ? [new FieldChange(field.Key, null, field.Type.ToJson(id))]
            : [];

    /// <summary>How many of the other accounts the shared-ledger warning names; the rest are counted.</summary>
    public const int SharingNamed = 5;

    /// <summary>
    /// The other customer accounts booked under a ledger account, for the form's warning: the first few the user
    /// may see, by number, and how many others. Null when there are none, or when the account already uses it
    /// (the sharing was confirmed when it was chosen).
    /// </summary>
    public async Task<LedgerSharing?> LedgerSharingAsync(UserContext user, long ledgerAccountId, long? accountId, CancellationToken ct)
    {
        var others = Db.Accounts.AsNoTracking().Where(a => a.LedgerAccountId == ledgerAccountId);
        if (accountId is long self)
        {
            if (await others.AnyAsync(a => a.Id == self, ct)) return null;
            others = others.Where(a => a.Id != self);
        }
        var count = await others.CountAsync(ct);
        if (count == 0) return null;
        var named = await others.Where(await VisibilityAsync(user, ct)).OrderBy(a => a.Number).Take(SharingNamed)
            .Select(a => new SharingAccount(a.Id, a.Number, a.Name)).ToListAsync(ct);
        var code = await Db.LedgerAccounts.AsNoTracking().Where(l => l.Id == ledgerAccountId).Select(l => l.Code).FirstOrDefaultAsync(ct);
        return new LedgerSharing(code ?? "", named, count - named.Count);
    }
}
