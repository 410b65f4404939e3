using Comptoir.Core.Accounts;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data.Modules;
using Comptoir.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Web.Tests.Modules;

/// <summary>
/// « Demandes d'assistance »: a module written outside src/, as someone adding a module would write it, and
/// registered in one call (<see cref="Register"/>). Numbered (TIC-000001), in the recycle bin, with a reference to an account.
/// </summary>
public static class TicketsModule
{
    public const string Name = "tickets";
    public const string Table = "Tickets";

    public static readonly PicklistValue[] Statuses =
        [new("ouverte", new("Ouverte", "Open")), new("resolue", new("Résolue", "Solved"))];

    public static ModuleDefinition Create()
    {
        var fields = new FieldListBuilder();
        fields.Add("subject", "Objet", "Subject", Text, "details", max: 200, mandatory: true, locked: true, list: 1, quick: true);
        fields.Add("number", "N° de demande", "Ticket number", Text, "details", readOnly: true, locked: true, summary: true, list: 2);
        fields.Add("account", "Compte client", "Account", Reference, "details", column: nameof(Ticket.AccountId), reference: AccountsModule.Name,
            summary: true, list: 3);
        fields.Add("status", "Statut", "Status", Picklist, "details", picklist: Statuses, defaultValue: "ouverte", list: 4);
        fields.Add("description", "Description", "Description", TextArea, "details", max: 10_000);
        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Demandes d'assistance", "Support tickets"),
            SingularLabel = new("Demande d'assistance", "Support ticket"),
            RecordType = typeof(Ticket),
            NumberPrefix = "TIC",
            TitleField = "subject",
            SearchFields = ["subject", "number"],
            GlobalSearch = true,
            ApiSingular = new("une demande d'assistance", "a support ticket"),
            Blocks = [new BlockDefinition { Key = "details", Label = new("Détails de la demande", "Ticket details") }],
            Fields = fields.Fields,
        };
    }

    /// <summary>The one call that adds the module: its definition, its store, and the mapping of its entity.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddComptoirModule<Ticket, TicketStore>(Create, new ModuleOptions
        {
            Model = model => model.Entity<Ticket>(ticket =>
            {
                ticket.ToTable(Table);
                ticket.Property(t => t.Subject).HasMaxLength(200);
                ticket.Property(t => t.Number).HasMaxLength(20);
                ticket.Property(t => t.Status).HasMaxLength(20);
                ticket.Property(t => t.Version).IsConcurrencyToken();
                ticket.HasIndex(t => new { t.Subject, t.Id });
                ticket.HasIndex(t => t.AccountId);
            }),
        });
}

/// <summary>The tickets' store: nothing to say, its search goes through the searched fields of its definition.</summary>
public sealed class TicketStore(RecordStoreServices services) : RecordStore<Ticket>(services, TicketsModule.Name);
