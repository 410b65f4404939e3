namespace Comptoir.Core.Contacts;

/// <summary>
/// A person (contact), usually working for an account. Text columns hold "" rather than NULL so that
/// keyset paging compares plain values, as for accounts.
/// </summary>
public sealed class Contact : IOwnedRecord, ISoftDeletable
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public string Salutation { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    /// <summary>« Prénom Nom », kept for headers, pickers and links (the title field).</summary>
    public string FullName { get; set; } = "";
    /// <summary>« nom prenom » folded (see <see cref="SearchKey"/>): lists sort by last name, search matches its prefix.</summary>
    public string NameKey { get; set; } = "";
    public long? AccountId { get; set; }
    public string Title { get; set; } = "";
    public string Department { get; set; } = "";
    public string Email { get; set; } = "";
    public string OtherEmail { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Mobile { get; set; } = "";
    public long? ReportsToId { get; set; }
    public DateOnly? Birthday { get; set; }
    public bool DoNotEmail { get; set; }

    public int? AssignedUserId { get; set; }
    public int? AssignedTeamId { get; set; }
    public string AssigneeName { get; set; } = "";

    public string MailingStreet { get; set; } = "";
    public string MailingPoBox { get; set; } = "";
    public string MailingPostalCode { get; set; } = "";
    public string MailingCity { get; set; } = "";
    public string MailingState { get; set; } = "";
    public string MailingCountry { get; set; } = "";
    public string OtherStreet { get; set; } = "";
    public string OtherPoBox { get; set; } = "";
    public string OtherPostalCode { get; set; } = "";
    public string OtherCity { get; set; } = "";
    public string OtherState { get; set; } = "";
    public string OtherCountry { get; set; } = "";

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
