/** Value types stored through converters; {@code Tags} is registered here for every field. */
@Convert(TagsConverter.class)
package dev.precast.it.entities.money;

import dev.precast.annotations.Convert;
