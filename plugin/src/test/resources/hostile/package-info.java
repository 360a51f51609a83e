/** A package descriptor: annotations only, nothing to compare. */
@Deprecated
package com.example.modular;
