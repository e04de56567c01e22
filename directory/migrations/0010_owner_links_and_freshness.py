"""Owners keep their entries current: one-time links, claims, changes in moderation
and the date an enterprise last confirmed its entry."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0009_enterprise_facet_index'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='enterprise',
            name='last_confirmed',
            field=models.DateField(blank=True, editable=False, help_text='When the enterprise last confirmed its entry or had it updated.', null=True, verbose_name='last confirmed'),
        ),
        migrations.CreateModel(
            name='OwnerClaim',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='Name')),
                ('email', models.EmailField(max_length=254, verbose_name='E-mail')),
                ('message', models.TextField(blank=True, max_length=2000, verbose_name='Message')),
                ('language', models.CharField(max_length=10, verbose_name='Language')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='Sent at')),
                ('enterprise', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='owner_claims', to='directory.enterprise', verbose_name='Enterprise')),
            ],
            options={
                'verbose_name': 'Owner claim',
                'verbose_name_plural': 'Owner claims',
                'ordering': ['created_at'],
            },
        ),
        migrations.CreateModel(
            name='OwnerLink',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('purpose', models.CharField(choices=[('update', 'Update'), ('freshness', 'Yearly check')], max_length=20, verbose_name='Purpose')),
                ('token_hash', models.CharField(editable=False, max_length=64, unique=True)),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='E-mail')),
                ('language', models.CharField(max_length=10, verbose_name='Language')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='Sent at')),
                ('expires_at', models.DateTimeField(verbose_name='Expires at')),
                ('used_at', models.DateTimeField(blank=True, null=True, verbose_name='Used at')),
                ('enterprise', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='owner_links', to='directory.enterprise', verbose_name='Enterprise')),
            ],
            options={
                'verbose_name': 'Owner link',
                'verbose_name_plural': 'Owner links',
            },
        ),
        migrations.CreateModel(
            name='OwnerUpdate',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('link', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='update', to='directory.ownerlink')),
                ('workflow_state', models.OneToOneField(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.workflowstate')),
            ],
            options={
                'verbose_name': "Owner's change",
                'verbose_name_plural': "Owners' changes",
            },
        ),
        migrations.AddIndex(
            model_name='ownerlink',
            index=models.Index(fields=['purpose', 'created_at'], name='directory_o_purpose_0aa919_idx'),
        ),
    ]
