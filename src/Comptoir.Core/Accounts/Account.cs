namespace Comptoir.Core.Accounts;

/// <summary>
/// A customer account (compte client). Standard fields are real columns; text columns hold ""
/// rather than NULL so that keyset paging compares plain values.
/// </summary>
public sealed class Account : IOwnedRecord, ISoftDeletable
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Name folded for search and sorting (see <see cref="SearchKey"/>).</summary>
    public string NameKey { get; set; } = "";
    public string Phone { get; set; } = "";
    public string OtherPhone { get; set; } = "";
    public string Email { get; set; } = "";
    public string OtherEmail { get; set; } = "";
    public string Website { get; set; } = "";
    public string Industry { get; set; } = "";
    public string AccountType { get; set; } = "";
    public string Siret { get; set; } = "";
    public string Siren { get; set; } = "";
    public string VatNumber { get; set; } = "";
    public int? Employees { get; set; }
    public decimal? AnnualRevenue { get; set; }
    public string ApeCode { get; set; } = "";
    public long? ParentAccountId { get; set; }
    public bool DoNotEmail { get; set; }

    public int? AssignedUserId { get; set; }
    public int? AssignedTeamId { get; set; }
    public string AssigneeName { get; set; } = "";

    public string BillingStreet { get; set; } = "";
    public string BillingPoBox { get; set; } = "";
    public string BillingPostalCode { get; set; } = "";
    public string BillingCity { get; set; } = "";
    public string BillingState { get; set; } = "";
    public string BillingCountry { get; set; } = "";
    public string ShippingStreet { get; set; } = "";
    public string ShippingPoBox { get; set; } = "";
    public string ShippingPostalCode { get; set; } = "";
    public string ShippingCity { get; set; } = "";
    public string ShippingState { get; set; } = "";
    public string ShippingCountry { get; set; } = "";

    /// <summary>« Comptabilité »: chosen, or generated on save when left empty.</summary>
    public long? LedgerAccountId { get; set; }
    /// <summary>« Tarification »: empty means catalogue prices.</summary>
    public long? PriceListId { get; set; }

    public string Description { get; set; } = "";

    public string? CustomData { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int? CreatedById { get; set; }
    public int? UpdatedById { get; set; }
    /// <summary>Set while the record is in the recycle bin.</summary>
    public DateTime? DeletedAt { get; set; }
    public int? DeletedById { get; set; }
}
