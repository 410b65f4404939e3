using Comptoir.Data.Accounting;

namespace Comptoir.Data.Configurations;

public sealed class LedgerAccountConfiguration : IEntityTypeConfiguration<LedgerAccount>
{
    public void Configure(EntityTypeBuilder<LedgerAccount> builder)
    {
        builder.Ignore(l => l.Number);
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.Label).HasMaxLength(100);
        builder.Property(l => l.LabelKey).HasMaxLength(100);
        builder.Property(l => l.CollectiveAccount).HasMaxLength(20);
        builder.Property(l => l.Kind).HasMaxLength(20);
        builder.Property(l => l.Version).IsConcurrencyToken();
        // In the recycle bin: absent from every query (lists, search, pickers, references, export, API) unless IgnoreQueryFilters.
        builder.HasQueryFilter(l => l.DeletedAt == null);
        builder.HasIndex(l => new { l.LabelKey, l.Id });
        builder.HasIndex(l => new { l.CollectiveAccount, l.Id });
        builder.HasIndex(l => new { l.Kind, l.Id });
    }
}

public sealed class LedgerCodeConfiguration : IEntityTypeConfiguration<LedgerCode>
{
    public void Configure(EntityTypeBuilder<LedgerCode> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(20);
    }
}
