using Comptoir.Core.Records;

namespace Comptoir.Web.Tests.Modules;

/// <summary>A support ticket: the record of a module that only the tests know (see <see cref="TicketsModule"/>).</summary>
public sealed class Ticket : StandardRecord, ISoftDeletable
{
    public string Subject { get; set; } = "";
    /// <summary>The customer account it is about (a Reference field to « accounts »).</summary>
    public long? AccountId { get; set; }
    public string Status { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTime? DeletedAt { get; set; }
    public int? DeletedById { get; set; }
}
