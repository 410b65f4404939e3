namespace Comptoir.Data.Accounts;

/// <summary>An account as the shared-ledger warning names it.</summary>
public sealed record SharingAccount(long Id, string Number, string Name);

/// <summary>
/// The other customer accounts booked under ledger account <see cref="Code"/>: the first few the user may
/// see (<see cref="Named"/>), and how many more there are (<see cref="Others"/>), seen or not.
/// </summary>
public sealed record LedgerSharing(string Code, IReadOnlyList<SharingAccount> Named, int Others);
