using Comptoir.Data.Layout;

namespace Comptoir.Data.Configurations;

public sealed class ModuleLayoutConfiguration : IEntityTypeConfiguration<ModuleLayout>
{
    public void Configure(EntityTypeBuilder<ModuleLayout> builder)
    {
        builder.HasKey(l => l.Module);
        builder.Property(l => l.Module).HasMaxLength(64);
        builder.Property(l => l.Revision).IsConcurrencyToken();
    }
}

public sealed class LayoutChangeConfiguration : IEntityTypeConfiguration<LayoutChangeRecord>
{
    public void Configure(EntityTypeBuilder<LayoutChangeRecord> builder)
    {
        builder.ToTable("LayoutChanges");
        builder.Property(c => c.Module).HasMaxLength(64);
        builder.Property(c => c.UserName).HasMaxLength(100);
        builder.Property(c => c.Action).HasMaxLength(32);
        builder.Property(c => c.Target).HasMaxLength(64);
        builder.HasIndex(c => new { c.Module, c.Id });
    }
}
