namespace Comptoir.Web.Features.Records;

/// <summary>One record as the reference pickers show it: « name » and a short line that tells namesakes apart.</summary>
public sealed record PickerItem(long Id, string Name, string Meta);

/// <summary>A page of the « Sélectionner » dialog; Next is the cursor of the following page.</summary>
public sealed record PickerPage(IReadOnlyList<PickerItem> Items, string? Next);
