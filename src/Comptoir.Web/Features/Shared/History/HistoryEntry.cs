namespace Comptoir.Web.Features.Shared.History;

/// <summary>One field's change as the user saw the values: labels, names and formats of today's registry.</summary>
public sealed record HistoryFieldChange(string Field, string Label, string Old, string New);

/// <summary>One line of a record's history, ready to show or to send.</summary>
public sealed record HistoryEntry(long Id, DateTime At, string User, string Action, IReadOnlyList<HistoryFieldChange> Changes);

/// <summary>A page of history, newest first; <see cref="NextCursor"/> continues with older entries.</summary>
public sealed record HistoryList(IReadOnlyList<HistoryEntry> Entries, long? NextCursor);

/// <summary>What the shared partial renders: a page of the tab (with « Plus anciens ») or the Résumé's latest changes.</summary>
/// <param name="TabUrl">The history tab's address: « Plus anciens » continues there, the Résumé links to it.</param>
public sealed record HistoryPanel(HistoryList List, string TabUrl, bool Latest = false);
