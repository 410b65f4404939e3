using Comptoir.Core.Contacts;

namespace Comptoir.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.Property(c => c.FirstName).HasMaxLength(60);
        builder.Property(c => c.LastName).HasMaxLength(80);
        builder.Property(c => c.FullName).HasMaxLength(150);
        // Folding can lengthen a name (« œ » → « oe »): room for every name the fields accept.
        builder.Property(c => c.NameKey).HasMaxLength(300);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // In the recycle bin: absent from every query (lists, search, pickers, references, API) unless IgnoreQueryFilters.
        builder.HasQueryFilter(c => c.DeletedAt == null);

        // Every list column gets (column, Id) so sorting and keyset paging seek instead of scanning.
        builder.HasIndex(c => new { c.NameKey, c.Id });
        builder.HasIndex(c => new { c.Email, c.Id });
        builder.HasIndex(c => new { c.Phone, c.Id });
        builder.HasIndex(c => new { c.AssigneeName, c.Id });
        // The account's « Contacts » tab reads its contacts in name order.
        builder.HasIndex(c => new { c.AccountId, c.NameKey, c.Id });
        builder.HasIndex(c => c.ReportsToId);

        // Deleting an account keeps its contacts, unlinked; deleting a superior leaves the post empty.
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ReportsToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AssignedUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Teams.Team>().WithMany().HasForeignKey(c => c.AssignedTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
