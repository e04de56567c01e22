"""Enterprise columns without an index of their own: each one cost every imported
row an index entry, and no query uses it (the language leads the indexes that
answer queries by language; the slug is looked up with the language)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0013_enterprise_name_beginnings_index'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='enterprise',
            name='first_published_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='first published at'),
        ),
        migrations.AlterField(
            model_name='enterprise',
            name='locale',
            field=models.ForeignKey(db_index=False, editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='enterprise',
            name='locked_by',
            field=models.ForeignKey(blank=True, db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by'),
        ),
        migrations.AlterField(
            model_name='enterprise',
            name='logo',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo'),
        ),
        migrations.AlterField(
            model_name='enterprise',
            name='slug',
            field=models.SlugField(blank=True, db_index=False, help_text="The last part of the enterprise's address; made from the name.", max_length=220, verbose_name='slug'),
        ),
    ]
