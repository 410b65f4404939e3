using Comptoir.Core.Pricing;

namespace Comptoir.Data.Pricing;

public sealed class PriceListStore(RecordStoreServices services)
    : RecordStore<PriceList>(services, PriceListsModule.Name)
{
    /// <summary>Checked on the record as it will be saved, so a PATCH of one date is held against the other.</summary>
    protected override Task ValidateRecordAsync(PriceList record, bool isNew, RecordValidation validation, CancellationToken ct)
    {
        if (record is { ValidFrom: { } from, ValidTo: { } to } && to < from)
            validation.AddError("validTo", PricingText.T("« Valide au » doit être le même jour que « Valide du » ou après."));
        return Task.CompletedTask;
    }
}
