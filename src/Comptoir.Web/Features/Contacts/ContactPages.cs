using Comptoir.Core.Contacts;
using Comptoir.Data;
using Comptoir.Data.Contacts;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Contacts;

/// <summary>What the contacts plug into the record pages (Features/Records): their header line, the way back after a delete, the address offer.</summary>
public static class ContactPages
{
    public static IServiceCollection Register(IServiceCollection services) => services
        .AddRecordPageExtension<ContactPageExtension>(ContactsModule.Name)
        .AddRecordPageExtension<ContactFormExtension>(ContactsModule.Name)
        .AddKeyedSingleton(ContactsModule.Name, ContactImportAliases.Create());
}

/// <summary>A contact's header line (number, job title, account, « Assigné à »); deleted, it leads back to its account's contacts.</summary>
public sealed class ContactPageExtension : IRecordPageExtension
{
    public Task<IReadOnlyList<PagePart>> PartsAsync(RecordSlot slot, RecordContext record, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PagePart>>(slot == RecordSlot.HeaderLine ? [new("/Features/Contacts/_ContactHeaderLine.cshtml", record.View)] : []);

    public string? AfterDelete(IRecord record) => record is Contact { AccountId: long account } ? $"/accounts/{account}/contacts" : null;
}
